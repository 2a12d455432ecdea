using System.Threading.Channels;

namespace Shop.Web.Mail;

/// <summary>
/// Mail that must not hold up the request that caused it: an order's mails are written after the change is committed
/// (the money may already have moved), and a slow or unreachable mail server would otherwise keep the shopper's Pay
/// (and in a sale, its place in the checkout queue) waiting up to the SMTP timeout. Queued in memory and sent in the
/// background, one at a time, in order; a failure is logged for an operator, as before. Queued mail is sent before the
/// shop stops (within the host's shutdown timeout); a crash loses what was still queued.
/// </summary>
public sealed class MailOutbox(IMailSender sender, ILogger<MailOutbox> log) : BackgroundService
{
    private readonly Channel<MailMessage> _queue = Channel.CreateUnbounded<MailMessage>(new UnboundedChannelOptions { SingleReader = true });
    private int _unsent;

    public void Enqueue(MailMessage message)
    {
        Interlocked.Increment(ref _unsent);
        if (!_queue.Writer.TryWrite(message))
        {
            Interlocked.Decrement(ref _unsent);
            log.LogError("The shop is stopping: mail \"{Subject}\" to {To} was not sent", message.Subject, message.To);
        }
    }

    /// <summary>Completes once everything queued so far has been sent (or given up on).</summary>
    public async Task SentAsync(CancellationToken ct)
    {
        while (Volatile.Read(ref _unsent) > 0) await Task.Delay(10, ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not stopped by stoppingToken: at shutdown the queue is completed and drained (see StopAsync).
        await foreach (var message in _queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await sender.SendAsync(message, CancellationToken.None);
            }
            catch (Exception e)
            {
                log.LogError(e, "Could not send mail \"{Subject}\" to {To}", message.Subject, message.To);
            }
            finally
            {
                Interlocked.Decrement(ref _unsent);
            }
        }
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }
}
