/** English texts of the care-plan feature's assessment (namespace `carePlan`, key `assessment`). */
export const assessmentEn = {};
