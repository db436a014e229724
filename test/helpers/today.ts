/**
 * The one "today" of the suite: the date of the demo run (README, `npm run demo`), so every check,
 * render and revision is reproducible whatever the machine's clock says.
 */

/** The day every check runs against (`--today`), and the date commands write (`--date`). */
export const TODAY = '2026-11-27';

/** `--today` with TODAY, to spread into a command line. */
export const TODAY_ARGS: readonly string[] = ['--today', TODAY];

/** `--today` and `--date` with TODAY: the command line of a command that writes dated rows. */
export const DATED_ARGS: readonly string[] = [...TODAY_ARGS, '--date', TODAY];
