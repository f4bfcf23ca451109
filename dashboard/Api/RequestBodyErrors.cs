using System.Text.Json;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Api;

/// <summary>
/// A request body the endpoints cannot read (not JSON, a list where an object belongs, text where a number
/// belongs, or no body at all) would get a bare 400 from the framework; this answers it with the API's one
/// error shape, naming the field the JSON reader stopped at and what belongs there.
/// </summary>
internal static class RequestBodyErrors
{
    public static void UseRequestBodyErrors(this WebApplication app) => app.Use(async (http, next) =>
    {
        try
        {
            await next(http);
            // A body of another media type is refused before anything reads it, with a status and nothing else.
            if (http.Response.StatusCode == StatusCodes.Status415UnsupportedMediaType && !http.Response.HasStarted)
                await http.Response.WriteAsJsonAsync(Unreadable("(content type)", "application/json"));
        }
        catch (BadHttpRequestException e) when (!http.Response.HasStarted)
        {
            http.Response.StatusCode = e.StatusCode;
            await http.Response.WriteAsJsonAsync(Describe(e));
        }
    });

    /// <summary>The error for a body that could not be read; the value itself is gone by then, so it is not repeated.</summary>
    internal static ApiError Describe(BadHttpRequestException e)
    {
        if (e.InnerException is not JsonException json)
            // No body, or none the endpoint could take; anything else the framework refuses is said in its words.
            return e.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
                ? Unreadable("(body)", "a JSON object")
                : Unreadable("(request)", e.Message);
        string field = JsonPaths.FieldOf(json);
        return field.Length == 0
            ? Unreadable("(body)", "a JSON object")
            : Unreadable(field, JsonValueNames.ExpectedFrom(json) ?? "valid JSON");
    }

    private static ApiError Unreadable(string field, string allowed) =>
        new("invalid", field, "(unreadable)", allowed, $"{field}: the value sent could not be read; expected {allowed}");
}
