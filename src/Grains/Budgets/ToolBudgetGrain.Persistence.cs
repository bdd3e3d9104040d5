namespace FluentMcp.Orleans.Grains.Budgets;

internal sealed partial class ToolBudgetGrain
{
    /// <summary>
    /// Returns a task that completes once a storage write that includes every change made so far has completed.
    /// Changes made while a write is under way share the next write.
    /// </summary>
    private Task PersistAsync()
    {
        _nextBatch ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var written = _nextBatch.Task;
        if (_writer.IsCompleted)
        {
            _writer = WriteBatchesAsync();
        }

        return written;
    }

    private async Task WriteBatchesAsync()
    {
        while (_nextBatch is { } batch)
        {
            _nextBatch = null;
            var snapshot = Snapshot();
            try
            {
                await WriteAsync(snapshot);
                _persisted = snapshot;
                batch.TrySetResult();
            }
            catch (Exception ex)
            {
                LogWriteFailed(ex, _projectId, _toolName);

                // Whether the write reached storage is unknown: forget everything not known to be stored, refuse
                // the calls it covered and those waiting for the next write, and read storage again before
                // admitting anything else.
                var error = new BudgetStorageException(
                    StorageFailureText.Sentence(
                        $"The usage of tool '{_toolName}' in project '{_projectId}' could not be stored, "
                        + "so the call was not admitted",
                        ex),
                    ex);
                Restore(_persisted);
                _needsReload = true;
                batch.TrySetException(error);
                if (_nextBatch is { } waiting)
                {
                    _nextBatch = null;
                    waiting.TrySetException(error);
                }
            }
        }
    }

    private async Task WriteAsync(ToolBudgetState snapshot)
    {
        if (snapshot.IsEmpty)
        {
            if (_storage.RecordExists)
            {
                await _storage.ClearStateAsync();
            }

            return;
        }

        _storage.State = snapshot;
        await _storage.WriteStateAsync();
    }

    /// <summary>
    /// After a failed write, reads the stored usage again; concurrent callers share one read.
    /// </summary>
    private async Task EnsureLoadedAsync()
    {
        while (_needsReload)
        {
            // The shared read is forgotten here, by whoever sees it end, and not inside ReloadAsync: a read that
            // completes synchronously would clear the field before it was set, leaving a finished read in place
            // that every later call would await instead of reading again.
            var reload = _reload ??= ReloadAsync();
            try
            {
                await reload;
            }
            finally
            {
                if (ReferenceEquals(_reload, reload))
                {
                    _reload = null;
                }
            }
        }
    }

    private async Task ReloadAsync()
    {
        try
        {
            await _storage.ReadStateAsync();

            // A read that finds no record may leave the state as it was: the snapshot whose write just failed.
            Restore(_storage.RecordExists ? _storage.State : new ToolBudgetState());
            _needsReload = false;
        }
        catch (Exception ex)
        {
            throw new BudgetStorageException(
                StorageFailureText.Sentence(
                    $"The usage of tool '{_toolName}' in project '{_projectId}' could not be read from storage", ex),
                ex);
        }
    }
}
