// usage: node http-flow.mjs <mcp url> <project> <other project>
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { callTool, checkBudget, listPrompts, listTools, spendUntilRefused } from './flow.mjs';

const [url, project, otherProject] = process.argv.slice(2);

async function connect(projectId) {
  const transport = new StreamableHTTPClientTransport(new URL(url), {
    requestInit: { headers: { 'X-Project-Id': projectId } },
  });
  const client = new Client({ name: 'e2e-http', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

const client = await connect(project);
const other = await connect(otherProject);
try {
  const output = {
    tools: await listTools(client),
    before: await checkBudget(client, project),
    calls: await spendUntilRefused(client, 10),
    after: await checkBudget(client, project),
    otherProject: await callTool(other, 'search_database', { query: 'SELECT name FROM products LIMIT 2' }),
    otherAfter: await checkBudget(other, otherProject),
    prompts: await listPrompts(client),
    prompt: (await client.getPrompt({ name: 'data_analysis_prompt' })).messages[0].content.text,
  };
  console.log(JSON.stringify(output));
} finally {
  await client.close();
  await other.close();
}
