namespace FluentMcp.Orleans.Grains.Budgets;

internal sealed partial class ToolBudgetGrain
{
    /// <summary>
    /// Once per activation that holds usage: registers the cleanup reminder and lists the tool in its project's
    /// index. A failure here is logged and tried again on the next admission; the admission itself stands.
    /// </summary>
    private async Task EnsureHousekeepingAsync()
    {
        if (_registered)
        {
            return;
        }

        await _housekeeping.WaitAsync();
        try
        {
            if (_registered || _daily.Count == 0)
            {
                return;
            }

            var interval = _limits.Options.CleanupInterval;
            await this.RegisterOrUpdateReminder(CleanupReminderName, interval, interval);
            await GrainFactory.GetGrain<IProjectToolsGrain>(_projectId).AddAsync(_toolName);
            _registered = true;
        }
        catch (Exception ex)
        {
            LogHousekeepingFailed(ex, _projectId, _toolName);
        }
        finally
        {
            _housekeeping.Release();
        }
    }

    private async Task DropHousekeepingAsync()
    {
        _registered = false;
        if (await this.GetReminder(CleanupReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        await GrainFactory.GetGrain<IProjectToolsGrain>(_projectId).RemoveAsync(_toolName);
    }
}
