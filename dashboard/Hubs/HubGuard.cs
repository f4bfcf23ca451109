using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Hosting;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Hubs;

/// <summary>
/// Wraps every hub call: a per-connection token bucket (calls per second with a burst), and translation of every
/// expected failure into a <see cref="HubException"/> whose message is an <see cref="ApiError"/> as JSON. A bad
/// message therefore costs the sender an error and never costs the server its connection or its process.
/// </summary>
public sealed class HubGuard(IOptions<DashboardOptions> options, ILogger<HubGuard> log) : IHubFilter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TokenBucket> _buckets = new(StringComparer.Ordinal);

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var bucket = _buckets.GetOrAdd(context.Context.ConnectionId, static (_, o) => new TokenBucket(o.CallsPerSecond, o.CallBurst), options.Value);
        if (!bucket.TryTake()) throw Fail(ApiError.RateLimited(options.Value.CallsPerSecond));
        try
        {
            return await next(context);
        }
        catch (ScenarioValidationException e)
        {
            throw Fail(ApiError.From(e));
        }
        catch (ApiErrorException e)
        {
            throw Fail(e.Error);
        }
        catch (Exception e) when (e is ArgumentException or JsonException or FormatException or InvalidOperationException)
        {
            log.LogInformation("Hub call {Method} rejected: {Message}", context.HubMethodName, e.Message);
            throw Fail(ApiError.Invalid("(message)", context.HubMethodName, e.Message));
        }
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        _buckets.TryRemove(context.Context.ConnectionId, out _);
        return next(context, exception);
    }

    public static HubException Fail(ApiError error) => new(JsonSerializer.Serialize(error, Json));
}
