import type pg from "pg";
export async function seedDemoData(_client: pg.Client): Promise<void> {}
