using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Shop.Web.Shared;

namespace Shop.Web.Mail;

/// <summary>
/// All of the shop's mail goes out from here, in the background, one at a time, in order. Nothing waits for the mail
/// server: an order's mails are written after the change is committed (the money may already have moved), and a slow
/// or unreachable server would otherwise keep the shopper's Pay (in a sale, its place in the checkout queue) waiting up
/// to the SMTP timeout, or turn a password-reset request into an error page and tell by its timing whether the account
/// exists. A send that fails is tried again later (Mail:Retries, Mail:RetryAfter; later mail does not wait for it); the last
/// failure is logged as an error for an operator. Queued mail is sent before the shop stops (within the host's shutdown
/// timeout); a crash loses what was still queued, and so does a stop while a failed mail waits for its next try. While
/// shoppers wait in the Pay queue (a sale) mail waits for them, up to half a minute: the processors go to the sale.
/// </summary>
public sealed class MailOutbox(IMailSender sender, IOptions<MailOptions> options, TurnQueue payQueue, ILogger<MailOutbox> log) : BackgroundWork
{
    private static readonly TimeSpan WaitsForShoppersAtMost = TimeSpan.FromSeconds(30);

    private readonly Channel<Queued> _queue = Channel.CreateUnbounded<Queued>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new(); // no timer: nothing to dispose, and a host may stop it after disposing
    private int _unsent;

    private sealed record Queued(MailMessage Message, int Failures);

    public void Enqueue(MailMessage message)
    {
        Interlocked.Increment(ref _unsent);
        Write(new Queued(message, 0));
    }

    /// <summary>
    /// Sends at once in the caller's time, after shoppers waiting to pay, and throws when it could not: for background
    /// work that records a mail as sent only once it went out (a crash then loses nothing that is not recorded).
    /// </summary>
    public async Task SendNowAsync(MailMessage message, CancellationToken ct)
    {
        await payQueue.WhenNoneWaitAsync(WaitsForShoppersAtMost, ct);
        await sender.SendAsync(message, ct);
    }

    /// <summary>Completes once everything queued so far has been sent or given up on, retries included.</summary>
    public async Task SentAsync(CancellationToken ct)
    {
        while (Volatile.Read(ref _unsent) > 0) await Task.Delay(10, ct);
    }

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        // Not stopped by stoppingToken: at shutdown the queue is completed and drained (see StopAsync).
        await foreach (var queued in _queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await payQueue.WhenNoneWaitAsync(WaitsForShoppersAtMost, CancellationToken.None);
                await sender.SendAsync(queued.Message, CancellationToken.None);
                Done();
            }
            catch (MimeKit.ParseException e)
            {
                // An address the mail library cannot read will not become readable by waiting: no retries.
                log.LogError("Could not send mail \"{Subject}\" to {To}: the address cannot be sent to ({Error}); giving up",
                    queued.Message.Subject, MaskedEmail.Of(queued.Message.To), Reason(e, queued));
                Done();
            }
            catch (Exception e)
            {
                var mail = options.Value;
                if (queued.Failures < mail.Retries)
                {
                    var wait = mail.WaitBeforeRetry(queued.Failures + 1);
                    log.LogWarning("Could not send mail \"{Subject}\" to {To} ({Error}); trying again in {Wait}",
                        queued.Message.Subject, MaskedEmail.Of(queued.Message.To), Reason(e, queued), wait);
                    _ = RetryAsync(queued with { Failures = queued.Failures + 1 }, wait);
                }
                else
                {
                    log.LogError("Could not send mail \"{Subject}\" to {To} after {Tries} tries ({Error}); giving up",
                        queued.Message.Subject, MaskedEmail.Of(queued.Message.To), queued.Failures + 1, Reason(e, queued));
                    Done();
                }
            }
        }
    }

    private async Task RetryAsync(Queued queued, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _stopping.Token);
        }
        catch (OperationCanceledException)
        {
        }
        Write(queued);
    }

    private void Write(Queued queued)
    {
        if (_queue.Writer.TryWrite(queued)) return;
        log.LogError("The shop is stopping: mail \"{Subject}\" to {To} was not sent", queued.Message.Subject, MaskedEmail.Of(queued.Message.To));
        Done();
    }

    /// <summary>Why a send failed, without the address: a mail server's error often quotes the recipient.</summary>
    private static string Reason(Exception e, Queued queued) => $"{e.GetType().Name}: {MaskedEmail.In(e.Message, queued.Message.To)}";

    private void Done() => Interlocked.Decrement(ref _unsent);

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        _stopping.Cancel();
        return base.StopAsync(cancellationToken);
    }
}
