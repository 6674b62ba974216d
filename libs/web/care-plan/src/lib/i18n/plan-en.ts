/** English texts of the care-plan feature's plan (namespace `carePlan`, key `plan`). */
export const planEn = {};
