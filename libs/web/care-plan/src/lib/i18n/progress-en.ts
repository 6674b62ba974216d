/** English texts of the care-plan feature's progress (namespace `carePlan`, key `progress`). */
export const progressEn = {};
