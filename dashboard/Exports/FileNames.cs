namespace Sandbox.Dashboard.Exports;

/// <summary>Safe, readable file names from user-given names ("Full integration" → "full-integration").</summary>
public static class FileNames
{
    public static string Of(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? char.ToLowerInvariant(c) : '-').ToArray();
        string file = new string(chars).Trim('-');
        while (file.Contains("--", StringComparison.Ordinal)) file = file.Replace("--", "-", StringComparison.Ordinal);
        return file.Length == 0 ? "export" : file[..Math.Min(file.Length, 60)];
    }
}
