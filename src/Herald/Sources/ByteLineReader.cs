namespace Herald.Sources;

/// <summary>
/// Splits a byte stream into lines at LF (dropping a CR before it), without decoding. A line longer than the
/// limit is reported as too long and skipped up to the next LF without being buffered.
/// </summary>
internal sealed class ByteLineReader
{
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;

    public ByteLineReader(Stream stream, int maxLineBytes, int initialBuffer = 64 * 1024)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _buffer = new byte[Math.Max(16, Math.Min(initialBuffer, maxLineBytes + 1))];
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>
    /// Reads the next line. <paramref name="line"/> stays valid until the next call. False at the end.
    /// <paramref name="tooLong"/> is true (and <paramref name="line"/> empty) when the line exceeded the limit.
    /// </summary>
    public bool Next(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        tooLong = false;
        var scanFrom = _start;
        while (true)
        {
            var newline = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = scanFrom + newline;
                LineNumber++;
                line = Trim(_start, lineEnd);
                _start = lineEnd + 1;
                return true;
            }

            if (_eof)
            {
                if (_start == _end)
                {
                    line = default;
                    return false;
                }

                LineNumber++;
                tooLong = _end - _start > _maxLineBytes;
                line = tooLong ? default : Trim(_start, _end);
                _start = _end;
                return true;
            }

            if (_end - _start > _maxLineBytes)
            {
                LineNumber++;
                SkipRestOfLine();
                line = default;
                tooLong = true;
                return true;
            }

            // The partial line holds no LF: move it to the front, then scan only the bytes read next.
            MakeRoom();
            scanFrom = _end;
            var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
            _eof = n == 0;
            _end += n;
        }
    }

    /// <summary>Moves the partial line to the front of the buffer, growing it if full.</summary>
    private void MakeRoom()
    {
        var kept = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, kept);
            _start = 0;
            _end = kept;
        }

        if (_end == _buffer.Length)
        {
            var size = (int)Math.Min((long)_buffer.Length * 2, (long)_maxLineBytes + 1);
            if (size <= _buffer.Length)
            {
                size = _buffer.Length + 1;
            }

            Array.Resize(ref _buffer, size);
        }
    }

    /// <summary>Discards the too-long line's bytes, reading on until its LF or the end.</summary>
    private void SkipRestOfLine()
    {
        _start = _end = 0;
        while (true)
        {
            var n = _stream.Read(_buffer, 0, _buffer.Length);
            if (n == 0)
            {
                _eof = true;
                return;
            }

            var newline = _buffer.AsSpan(0, n).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start = newline + 1;
                _end = n;
                return;
            }
        }
    }

    private ReadOnlyMemory<byte> Trim(int start, int end)
    {
        if (end > start && _buffer[end - 1] == '\r')
        {
            end--;
        }

        return _buffer.AsMemory(start, end - start);
    }
}
