namespace Herald.Sources;

/// <summary>
/// A read-only stream that first gives back bytes already read from <see cref="Inner"/> (the sniffed head),
/// then the rest of <see cref="Inner"/>. It does not own the inner stream.
/// </summary>
internal sealed class ReplayStream : Stream
{
    private readonly byte[] _head;
    private readonly int _headLength;
    private int _headPosition;

    private readonly Exception? _failure;

    /// <param name="head">The bytes already read.</param>
    /// <param name="headLength">How many of them.</param>
    /// <param name="inner">The stream they came from, positioned after them.</param>
    /// <param name="failure">
    /// What reading the head failed with, if it did: thrown once the head is used up, so that what was read
    /// before a truncation is still delivered.
    /// </param>
    public ReplayStream(byte[] head, int headLength, Stream inner, Exception? failure = null)
    {
        _head = head;
        _headLength = headLength;
        Inner = inner;
        _failure = failure;
    }

    public Stream Inner { get; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_headPosition < _headLength)
        {
            var n = Math.Min(buffer.Length, _headLength - _headPosition);
            _head.AsSpan(_headPosition, n).CopyTo(buffer);
            _headPosition += n;
            return n;
        }

        if (_failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
        }

        return Inner.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
