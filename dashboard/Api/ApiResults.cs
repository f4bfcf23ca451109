using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Api;

/// <summary>Runs an endpoint body and maps the service errors to 400/403/404 with an <see cref="ApiError"/> body.</summary>
internal static class ApiResults
{
    public static async Task<IResult> Guard(Func<Task<IResult>> body)
    {
        try
        {
            return await body();
        }
        catch (ScenarioValidationException e)
        {
            return Results.BadRequest(ApiError.From(e));
        }
        catch (ApiErrorException e)
        {
            return e.Error.Code switch
            {
                "notFound" => Results.NotFound(e.Error),
                "forbidden" => Results.Json(e.Error, statusCode: StatusCodes.Status403Forbidden),
                _ => Results.BadRequest(e.Error),
            };
        }
    }

    public static Task<IResult> Guard(Func<IResult> body) => Guard(() => Task.FromResult(body()));
}
