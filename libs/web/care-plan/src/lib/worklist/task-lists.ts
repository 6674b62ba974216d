/**
 * The queries that list tasks, count them or weigh them (an open task stands in the way of a
 * discharge). A task done, cancelled, moved or created changes their answers, so after each
 * such act those on screen load again.
 */
export const TASK_LIST_QUERIES = ['MyTasks', 'Tasks', 'ClientTasks', 'WorkSummary', 'DashboardTasks', 'OverdueByWorker', 'ClosureCheck', 'DischargeFollowUps'];
