using QRCoder;

namespace Sandbox.Dashboard.Workshop;

/// <summary>The join link as a QR code (SVG), for the facilitator's slide: phones scan it instead of typing the code.</summary>
public static class JoinQr
{
    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        // Level M survives a projector's glare and a smudged screen without making the code too dense to scan from the back.
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8);
    }

    /// <summary>Where participants go: /w/CODE on the public address if one is set, else on the address the facilitator's browser used.</summary>
    public static string JoinUrl(Uri? publicUrl, HttpRequest? request, string code) =>
        publicUrl is not null ? new Uri(new Uri(publicUrl.AbsoluteUri.TrimEnd('/') + "/"), "w/" + code).ToString()
        : request is null ? "/w/" + code
        : $"{request.Scheme}://{request.Host}{request.PathBase}/w/{code}";
}
