// Vitest setup (see vite.config.ts): the English catalogue is active in every test file.
import { activateDefaultLocale } from "./i18n";

activateDefaultLocale();
