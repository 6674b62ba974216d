import { type AppConfig, ConfigError, loadConfig } from '@waymark/api/common';

/** A bad or missing setting stops the process with one line that names it. */
export function readConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
