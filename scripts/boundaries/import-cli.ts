/**
 * npm run boundaries:import -- <file.geojson|file.topojson> --code-field <name> [--level N] [--data data]
 * Imports official boundaries supplied by a province into <data>/boundaries/ for the compile.
 */
import { runImport } from './import-command';

process.exit(runImport(process.argv.slice(2)));
