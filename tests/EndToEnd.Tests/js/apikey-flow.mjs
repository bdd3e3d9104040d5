// usage: node apikey-flow.mjs <mcp url> <api key> <the key's project> <other project>
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { callTool, listTools } from './flow.mjs';

const [url, apiKey, project, otherProject] = process.argv.slice(2);

async function connect(headers) {
  const transport = new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } });
  const client = new Client({ name: 'e2e-apikey', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

async function refusal(headers) {
  try {
    const client = await connect(headers);
    await client.close();
    return null;
  } catch (error) {
    return { code: error?.code ?? null, message: String(error?.message ?? error) };
  }
}

const client = await connect({ Authorization: `Bearer ${apiKey}` });
const naming = await connect({ Authorization: `Bearer ${apiKey}`, 'X-Project-Id': otherProject });
try {
  const query = { query: 'SELECT name FROM products LIMIT 1' };
  const output = {
    withoutKey: await refusal({}),
    wrongKey: await refusal({ Authorization: 'Bearer not-the-configured-key' }),
    tools: await listTools(client),
    call: await callTool(client, 'search_database', query),
    namingOther: await callTool(naming, 'search_database', query),
    otherBudget: await callTool(client, 'check_tool_budget', { project_id: otherProject, tool_name: 'search_database' }),
    ownBudget: await callTool(client, 'check_tool_budget', { project_id: project, tool_name: 'search_database' }),
  };
  console.log(JSON.stringify(output));
} finally {
  await client.close();
  await naming.close();
}
