// Writes the JSON Schemas computed from the zod schemas into schemas/. Run: npm run schemas
import { writeFileSync } from 'node:fs';
import { exportedSchemas } from '../src/schemas/export.ts';

const dir = new URL('../schemas/', import.meta.url);
for (const [name, schema] of Object.entries(exportedSchemas())) {
  writeFileSync(new URL(name, dir), `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote schemas/${name}\n`);
}
