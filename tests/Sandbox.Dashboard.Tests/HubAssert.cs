using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Sandbox.Dashboard.Api;

namespace Sandbox.Dashboard.Tests;

/// <summary>Reads the structured <see cref="ApiError"/> a hub call was refused with.</summary>
public static class HubAssert
{
    public static async Task<ApiError> Refused(Func<Task> call)
    {
        var e = await Assert.ThrowsAsync<HubException>(call);
        int start = e.Message.IndexOf('{');
        Assert.True(start >= 0, "no structured error in: " + e.Message);
        return JsonSerializer.Deserialize<ApiError>(e.Message[start..], DashboardHost.Json)!;
    }

    /// <summary>Waits for a condition that SignalR pushes will make true, failing after the timeout.</summary>
    public static async Task Eventually(Func<bool> condition, TimeSpan timeout, string what)
    {
        var until = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > until) Assert.Fail($"timed out waiting for {what}");
            await Task.Delay(20);
        }
    }
}
