// usage: node stdio-flow.mjs <stdio server dll> <gateway port> <project> <other project>
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { callTool, checkBudget, listPrompts, listTools, spendUntilRefused } from './flow.mjs';

const [dll, gatewayPort, project, otherProject] = process.argv.slice(2);

const transport = new StdioClientTransport({
  command: 'dotnet',
  args: [dll, '--gateway-port', gatewayPort, '--project', project],
  stderr: 'inherit',
});
const client = new Client({ name: 'e2e-stdio', version: '1.0.0' });
await client.connect(transport);
try {
  const otherMeta = { project_id: otherProject };
  const output = {
    tools: await listTools(client),
    before: await checkBudget(client, project),
    calls: await spendUntilRefused(client, 10),
    after: await checkBudget(client, project),
    otherProject: await callTool(client, 'search_database', { query: 'SELECT name FROM products LIMIT 2' }, otherMeta),
    otherAfter: await checkBudget(client, otherProject),
    prompts: await listPrompts(client),
    prompt: (await client.getPrompt({ name: 'data_analysis_prompt' })).messages[0].content.text,
  };
  console.log(JSON.stringify(output));
} finally {
  await client.close();
}
