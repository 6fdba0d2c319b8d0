/**
 * npm run example:server -- [--api dist/api] [--port 8787] [--host 127.0.0.1] [--token TOKEN] [--origin http://127.0.0.1:4173]
 * Serves the API at http://HOST:PORT/api/. Without a compiled folder it compiles the demo data first.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compileToDir } from '../../scripts/compile/compile-dataset';
import { createLiveServer } from './server';

const { values } = parseArgs({
  options: {
    api: { type: 'string', default: 'dist/api' },
    data: { type: 'string', default: 'data' },
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    token: { type: 'string' },
    origin: { type: 'string', default: '*' },
  },
});
if (!existsSync(`${values.api}/v1/meta.json`)) {
  const count = compileToDir(values.data!, values.api!, { generatedAt: new Date().toISOString() });
  console.log(`Đã biên dịch ${count} tài liệu từ ${values.data} vào ${values.api} / compiled ${count} documents`);
}
const server = createLiveServer({ dir: values.api!, token: values.token ?? process.env.API_TOKEN, allowOrigin: values.origin! });
server.listen(Number(values.port), values.host, () => {
  const base = `http://${values.host}:${values.port}/api/`;
  console.log(`API: ${base}  (VITE_API_BASE_URL=${base} npm run build; npm run api:check -- ${base})`);
});
