using Microsoft.AspNetCore.Http;
using Sandbox.Dashboard.Workshop;

namespace Sandbox.Dashboard.Tests.Workshop;

/// <summary>The join link printed on the slide: the room's address when one is configured, else the facilitator's.</summary>
public sealed class JoinUrlTests
{
    [Theory]
    [InlineData("http://192.168.1.20:5000", "http://192.168.1.20:5000/w/K7QXPA")]
    [InlineData("http://192.168.1.20:5000/", "http://192.168.1.20:5000/w/K7QXPA")]
    [InlineData("https://training.example.org/sandbox", "https://training.example.org/sandbox/w/K7QXPA")]
    public void A_public_address_wins_over_the_facilitator_loopback(string publicUrl, string expected)
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("127.0.0.1", 5000);
        Assert.Equal(expected, JoinQr.JoinUrl(new Uri(publicUrl), request, "K7QXPA"));
        Assert.Equal("http://127.0.0.1:5000/w/K7QXPA", JoinQr.JoinUrl(null, request, "K7QXPA"));
    }
}
