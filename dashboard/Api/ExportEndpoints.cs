namespace Sandbox.Dashboard.Api;

/// <summary>CSV/Parquet of shown data, PNG/SVG charts drawn on the server, and reproduction bundles.</summary>
internal static class ExportEndpoints
{
    public static void MapExportEndpoints(this IEndpointRouteBuilder app)
    {
    }
}
