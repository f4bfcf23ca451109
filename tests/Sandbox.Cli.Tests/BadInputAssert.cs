namespace Sandbox.Cli.Tests;

/// <summary>What every rejected command line must look like: exit 2, one line naming flag, value and range, no output.</summary>
internal static class BadInputAssert
{
    public static void Rejected(string[] args, string[] expected)
    {
        using var dir = new TempDirectory();
        var result = Cli.Invoke([.. args, "--out", dir.File("out")]);
        Assert.Equal(2, result.ExitCode);
        var error = result.Error.TrimEnd();
        Assert.DoesNotContain('\n', error);
        Assert.StartsWith("error: ", error);
        foreach (var fragment in expected) Assert.Contains(fragment, error);
        Assert.False(Directory.Exists(dir.File("out")) && Directory.EnumerateFileSystemEntries(dir.File("out")).Any());
    }
}
