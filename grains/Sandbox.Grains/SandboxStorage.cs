namespace Sandbox.Grains;

/// <summary>The grain storage provider every persistent sandbox grain uses; hosts register it under this name.</summary>
public static class SandboxStorage
{
    public const string Name = "sandbox";
}
