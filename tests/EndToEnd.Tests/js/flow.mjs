// The steps both end-to-end flows share. Each returns plain data; the C# tests assert on it.

export async function callTool(client, name, args, meta) {
  const request = { name, arguments: args };
  if (meta) {
    request._meta = meta;
  }
  const result = await client.callTool(request);
  return {
    isError: result.isError ?? false,
    text: result.content?.[0]?.text ?? null,
    structuredContent: result.structuredContent ?? null,
  };
}

// Calls search_database until the budget refuses it (at most `max` calls) and returns every result.
export async function spendUntilRefused(client, max, meta) {
  const calls = [];
  for (let i = 0; i < max; i++) {
    const result = await callTool(client, 'search_database', { query: 'SELECT COUNT(*) AS n FROM sales' }, meta);
    calls.push(result);
    if (result.isError) {
      break;
    }
  }
  return calls;
}

export async function checkBudget(client, projectId, meta) {
  const result = await callTool(client, 'check_tool_budget', { project_id: projectId, tool_name: 'search_database' }, meta);
  return result.structuredContent;
}

export async function listTools(client) {
  const { tools } = await client.listTools();
  return tools.map(t => ({ name: t.name, required: t.inputSchema?.required ?? [] }));
}

export async function listPrompts(client) {
  const { prompts } = await client.listPrompts();
  return prompts.map(p => p.name);
}
