/** English texts of the care-plan feature's dashboard (namespace `carePlan`, key `dashboard`). */
export const dashboardEn = {};
