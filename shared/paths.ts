// Where things are on disk, for every part (the ground floor imports nothing of ours).
import { resolve } from "node:path";

/** The repository's root folder (where package.json, .gmrc and .data/ are). */
export const PROJECT_ROOT = resolve(import.meta.dirname, "..");
