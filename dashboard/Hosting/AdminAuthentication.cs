using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Sandbox.Dashboard.Hosting;

/// <summary>
/// Sign-in for the operator pages (the Orleans dashboard under /orleans): one admin password, from
/// "Dashboard:AdminPassword" or generated at start and written to the log, and a cookie. Policymakers using the
/// dashboard itself never need it.
/// </summary>
public static class AdminAuthentication
{
    public const string Policy = "admin";

    public static WebApplicationBuilder AddAdminAuthentication(this WebApplicationBuilder builder, DashboardOptions options)
    {
        var password = new AdminPassword(string.IsNullOrEmpty(options.AdminPassword)
            ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', '-').Replace('/', '_')
            : options.AdminPassword, Generated: string.IsNullOrEmpty(options.AdminPassword));
        builder.Services.AddSingleton(password);
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/login";
                o.Cookie.Name = "sandbox.admin";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
            });
        builder.Services.AddAuthorization(o => o.AddPolicy(Policy, p => p.RequireAuthenticatedUser().RequireRole(Policy)));
        return builder;
    }

    public static void MapAdminLogin(this WebApplication app)
    {
        var password = app.Services.GetRequiredService<AdminPassword>();
        if (password.Generated)
            app.Lifetime.ApplicationStarted.Register(() =>
                app.Logger.LogInformation("Operator pages (/orleans) password for this run: {Password}", password.Value));

        app.MapGet("/login", (string? returnUrl) => Results.Content(LoginPage(returnUrl, failed: false), "text/html"));
        app.MapPost("/login", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            string returnUrl = SafeReturn(form["returnUrl"]);
            if (!password.Matches(form["password"].ToString()))
                return Results.Content(LoginPage(returnUrl, failed: true), "text/html", statusCode: StatusCodes.Status401Unauthorized);
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, Policy)],
                CookieAuthenticationDefaults.AuthenticationScheme);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.Redirect(returnUrl);
        }).DisableAntiforgery();
    }

    /// <summary>Only local paths, so the login form cannot be used to bounce someone to another site.</summary>
    private static string SafeReturn(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\') ? url : "/orleans";

    private static string LoginPage(string? returnUrl, bool failed) => $$"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Operator sign-in</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/dist/app.css"></head>
        <body class="login"><main class="card narrow"><h1>Operator sign-in</h1>
        <p>The Orleans cluster view is for the people who run this server. The password is in the server's log.</p>
        {{(failed ? "<p class=\"error\" role=\"alert\">That password is not right.</p>" : "")}}
        <form method="post" action="/login"><input type="hidden" name="returnUrl" value="{{System.Net.WebUtility.HtmlEncode(SafeReturn(returnUrl))}}">
        <label>Password <input type="password" name="password" autocomplete="current-password" required autofocus></label>
        <button class="primary" type="submit">Sign in</button></form></main></body></html>
        """;
}

/// <summary>The operator password; compared in constant time.</summary>
public sealed record AdminPassword(string Value, bool Generated)
{
    public bool Matches(string candidate) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), SHA256.HashData(Encoding.UTF8.GetBytes(Value)));
}
