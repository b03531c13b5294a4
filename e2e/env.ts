// Shared by playwright.config.ts and the specs.
// E2E_PORT lets two runs on one machine keep out of each other's way.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
/** The demo accounts' password on the fresh e2e database. */
export const E2E_DEMO_PASSWORD = 'E2e-Demo-Passw0rd!';
