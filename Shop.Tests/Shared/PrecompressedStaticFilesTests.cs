using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.FileProviders;
using Shop.Web.Shared;

namespace Shop.Tests.Shared;

/// <summary>
/// The .br and .gz copies that publish writes beside each file of wwwroot, in the shop's order of middleware: response
/// compression, the copies, the files. (The tests' web root is not published, so it has no copies: these tests make a
/// folder that has them.)
/// </summary>
public class PrecompressedStaticFilesTests
{
    private static readonly byte[] Css = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(".card { color: #123456; }\n", 400)));
    private string _root = null!;
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _root = Directory.CreateTempSubdirectory("shop-precompressed").FullName;
        Directory.CreateDirectory(Path.Combine(_root, "css"));
        await File.WriteAllBytesAsync(Path.Combine(_root, "css", "site.css"), Css);
        await File.WriteAllBytesAsync(Path.Combine(_root, "css", "site.css.br"), Compress(Css, s => new BrotliStream(s, CompressionLevel.SmallestSize)));
        await File.WriteAllBytesAsync(Path.Combine(_root, "css", "site.css.gz"), Compress(Css, s => new GZipStream(s, CompressionLevel.SmallestSize)));
        await File.WriteAllBytesAsync(Path.Combine(_root, "css", "print.css"), Css);

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddResponseCompression();
        _app = builder.Build();
        var files = new PhysicalFileProvider(_root);
        static void Prepare(Microsoft.AspNetCore.StaticFiles.StaticFileResponseContext ctx) =>
            ctx.Context.Response.Headers.CacheControl = "public,max-age=31536000,immutable";
        _app.UseResponseCompression();
        _app.UsePrecompressedStaticFiles(files, Prepare);
        _app.UseStaticFiles(new StaticFileOptions { FileProvider = files, OnPrepareResponse = Prepare });
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    [TearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [TestCase("br, gzip", "br", ".br")]
    [TestCase("gzip, deflate, br", "br", ".br")]
    [TestCase("gzip", "gzip", ".gz")]
    [TestCase("br;q=0, gzip", "gzip", ".gz")]
    public async Task A_browser_that_takes_an_encoding_gets_the_copy_compressed_at_publish(string accept, string encoding, string extension)
    {
        var response = await GetAsync("/css/site.css?v=1", accept);

        var body = await response.Content.ReadAsByteArrayAsync();
        var copy = await File.ReadAllBytesAsync(Path.Combine(_root, "css", "site.css" + extension));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { encoding }));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/css"), "the type of the file, not of the copy");
            Assert.That(response.Headers.Vary, Does.Contain("Accept-Encoding"));
            Assert.That(response.Headers.CacheControl?.ToString(), Does.Contain("immutable"), "cached as the file itself is");
            Assert.That(body, Is.EqualTo(copy), "the copy as it is, not compressed again");
        });
    }

    [TestCase(null)]
    [TestCase("identity")]
    [TestCase("br;q=0, gzip;q=0")]
    public async Task A_browser_that_takes_none_gets_the_file(string? accept)
    {
        var response = await GetAsync("/css/site.css", accept);

        Assert.That(response.Content.Headers.ContentEncoding, Is.Empty);
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(Css));
    }

    [Test]
    public async Task A_file_without_copies_is_compressed_on_the_fly_as_before()
    {
        var response = await GetAsync("/css/print.css", "br");

        Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "br" }));
        Assert.That(Decompress(await response.Content.ReadAsByteArrayAsync()), Is.EqualTo(Css));
    }

    [Test]
    public async Task Each_copy_has_its_own_validator_and_answers_a_conditional_request()
    {
        var br = await GetAsync("/css/site.css", "br");
        var plain = await GetAsync("/css/site.css", null);
        Assert.That(br.Headers.ETag, Is.Not.EqualTo(plain.Headers.ETag));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        request.Headers.Add("Accept-Encoding", "br");
        request.Headers.IfNoneMatch.Add(br.Headers.ETag!);
        Assert.That((await _client.SendAsync(request)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task A_copy_asked_for_by_its_own_name_is_not_looked_for_twice()
    {
        // No site.css.br.br: the request goes on to the ordinary files, which do not serve .br (an unknown type), as before.
        Assert.That((await GetAsync("/css/site.css.br", "br")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await _client.SendAsync(request);
    }

    private static byte[] Compress(byte[] data, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output)) stream.Write(data);
        return output.ToArray();
    }

    private static byte[] Decompress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var stream = new BrotliStream(new MemoryStream(data), CompressionMode.Decompress)) stream.CopyTo(output);
        return output.ToArray();
    }
}
