namespace Herald.Sources.Warc;

/// <summary>Reads a byte stream as lines and counted blocks, keeping the offset of the next byte.</summary>
internal sealed class ByteCursor(Stream stream)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _position;
    private int _end;
    private bool _ended;

    /// <summary>How many bytes have been consumed.</summary>
    public long Offset { get; private set; }

    /// <summary>Whether every byte has been consumed.</summary>
    public bool AtEnd => !Fill(1);

    /// <summary>
    /// Reads up to the next LF and returns the line without its CR LF, or null at the end of the input. A line
    /// longer than <paramref name="max"/> bytes is consumed whole and returned cut, with <paramref name="tooLong"/> set.
    /// </summary>
    public byte[]? ReadLine(int max, out bool tooLong)
    {
        tooLong = false;
        if (!Fill(1))
            return null;
        using var line = new MemoryStream();
        while (Fill(1))
        {
            var span = _buffer.AsSpan(_position, _end - _position);
            var lf = span.IndexOf((byte)'\n');
            var take = lf >= 0 ? lf : span.Length;
            var room = (int)Math.Max(0, max - line.Length);
            line.Write(span[..Math.Min(take, room)]);
            tooLong |= take > room;
            Consume(lf >= 0 ? lf + 1 : take);
            if (lf >= 0)
                break;
        }
        var bytes = line.ToArray();
        return bytes.Length > 0 && bytes[^1] == '\r' ? bytes[..^1] : bytes;
    }

    /// <summary>Reads up to <paramref name="destination"/>'s length; fewer only at the end of the input.</summary>
    public int Read(Span<byte> destination)
    {
        var total = 0;
        while (total < destination.Length && Fill(1))
        {
            var n = Math.Min(destination.Length - total, _end - _position);
            _buffer.AsSpan(_position, n).CopyTo(destination[total..]);
            Consume(n);
            total += n;
        }
        return total;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes and returns how many there were.</summary>
    public long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count && Fill(1))
        {
            var n = (int)Math.Min(count - skipped, _end - _position);
            Consume(n);
            skipped += n;
        }
        return skipped;
    }

    /// <summary>Consumes bytes until the input continues with a line that starts with <paramref name="marker"/>; false at the end.</summary>
    public bool SkipToLineStarting(ReadOnlySpan<byte> marker)
    {
        var atLineStart = false;
        while (Fill(marker.Length + 1))
        {
            var span = _buffer.AsSpan(_position, _end - _position);
            if (atLineStart && span.StartsWith(marker))
                return true;
            var lf = span.IndexOf((byte)'\n');
            if (lf < 0)
            {
                Consume(span.Length);
                atLineStart = false;
                continue;
            }
            Consume(lf + 1);
            atLineStart = true;
        }
        return false;
    }

    private void Consume(int count)
    {
        _position += count;
        Offset += count;
    }

    /// <summary>Makes at least <paramref name="count"/> bytes available unless the input ends first; true when any byte is.</summary>
    private bool Fill(int count)
    {
        if (_end - _position >= count)
            return true;
        if (!_ended)
        {
            Buffer.BlockCopy(_buffer, _position, _buffer, 0, _end - _position);
            _end -= _position;
            _position = 0;
            while (_end < count && !_ended)
            {
                var n = stream.Read(_buffer, _end, _buffer.Length - _end);
                _ended = n == 0;
                _end += n;
            }
        }
        return _end > _position;
    }
}
