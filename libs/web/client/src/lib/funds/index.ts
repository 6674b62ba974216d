export { FundsTab } from './funds-tab';
