using FluentMcp.Orleans.Grains.Prompts;

namespace FluentMcp.Orleans.Grains.Tests.Units;

public sealed class PromptCatalogTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("prompts-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Load_NestedFolders_ReadsEveryMarkdownFileAndNothingElse()
    {
        Write("top.md", "top");
        Write("team/nested/deep.md", "deep");
        Write("notes.txt", "ignored");

        var catalog = PromptCatalog.Load(_directory);

        Assert.Equal(["deep", "top"], catalog.Prompts.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_TwoPromptsWithOneName_NamesBothFiles()
    {
        var first = Write("a.md", "same");
        var second = Write("sub/b.md", "same");

        var error = Assert.Throws<PromptValidationException>(() => PromptCatalog.Load(_directory));

        var line = Assert.Single(error.Errors);
        Assert.Contains(first, line, StringComparison.Ordinal);
        Assert.Contains(second, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ProblemsInSeveralFiles_ReportsAllAtOnce()
    {
        var bad = Write("bad.md", "bad", "budget:\n  search_database:\n    hourly_limit: -5\n");
        var worse = Write("worse.md", "worse", "budget:\n  tool:\n    daily_limt: 3\n");

        var error = Assert.Throws<PromptValidationException>(() => PromptCatalog.Load(_directory));

        Assert.Equal(2, error.Errors.Count);
        Assert.Contains(error.Errors, e => e.StartsWith(bad, StringComparison.Ordinal) && e.Contains("hourly_limit"));
        Assert.Contains(error.Errors, e => e.StartsWith(worse, StringComparison.Ordinal) && e.Contains("daily_limt"));
        Assert.Contains("2 problems", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFolder_SaysSo()
    {
        var missing = Path.Combine(_directory, "missing");

        var error = Assert.Throws<PromptValidationException>(() => PromptCatalog.Load(missing));

        Assert.Contains("does not exist", Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    private string Write(string relativePath, string name, string extra = "")
    {
        var path = Path.Combine(_directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"---\nname: {name}\n{extra}---\nText of {name}.\n");
        return path;
    }
}
