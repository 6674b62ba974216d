/** English texts of the care-plan feature's discharge (namespace `carePlan`, key `discharge`). */
export const dischargeEn = {};
