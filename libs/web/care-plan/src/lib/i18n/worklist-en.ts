/** English texts of the care-plan feature's worklist (namespace `carePlan`, key `worklist`). */
export const worklistEn = {};
