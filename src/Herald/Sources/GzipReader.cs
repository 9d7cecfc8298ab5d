using System.Buffers.Binary;
using System.IO.Compression;

namespace Herald.Sources;

/// <summary>
/// Decompresses gzip data (RFC 1952), one member after another, and checks each member's CRC-32 and length.
/// </summary>
/// <remarks>
/// .NET's <see cref="GZipStream"/> ends a truncated stream silently, as if it were complete. This reader parses
/// the gzip framing itself, inflates each member with a raw <see cref="DeflateStream"/>, and finds the member's
/// trailer among the bytes the inflater was last given but did not use. A missing or wrong trailer throws
/// <see cref="InvalidDataException"/>, so a truncated file is reported after the data read so far.
/// In one-member-at-a-time mode (for WARC files, one record per member) reading stops at the end of each member
/// until <see cref="NextMember"/> is called, and <see cref="SkipToNextMember"/> resumes after a corrupt one.
/// </remarks>
internal sealed class GzipReader : Stream
{
    private const int BufferSize = 64 * 1024;
    private const int MaxServe = 32 * 1024;

    private readonly Stream _inner;
    private readonly bool _leaveOpen;
    private readonly bool _oneMemberAtATime;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _position;
    private int _end;
    private long _bufferBase; // the offset in the compressed input of _buffer[0]
    private bool _innerEnded;

    // The bytes served to the inflater by the last call: the inflater asks for more only once it has used
    // everything it was given, so whatever it did not use lies in this range.
    private int _lastServedStart;
    private int _lastServedEnd;

    private DeflateStream? _deflate;
    private readonly FeedStream _feed;
    private readonly System.IO.Hashing.Crc32 _crc = new();
    private long _memberLength;
    private bool _started;
    private bool _finished;
    private bool _memberDone;

    public GzipReader(Stream inner, bool leaveOpen, bool oneMemberAtATime = false)
    {
        _inner = inner;
        _leaveOpen = leaveOpen;
        _oneMemberAtATime = oneMemberAtATime;
        _feed = new FeedStream(this);
    }

    /// <summary>The offset in the compressed input where the current member starts.</summary>
    public long MemberOffset { get; private set; }

    /// <summary>In one-member-at-a-time mode, moves to the next member; false when the input holds no more.</summary>
    public bool NextMember()
    {
        _deflate?.Dispose();
        _deflate = null;
        _started = true;
        _memberDone = false;
        if (!HasMoreInput())
        {
            _finished = true;
            return false;
        }

        MemberOffset = _bufferBase + _position;
        return true;
    }

    /// <summary>
    /// After a corrupt member, finds where the next member starts: from the byte after the bad member's start when
    /// the input can seek, else from where reading stopped. False when no further member is found.
    /// </summary>
    public bool SkipToNextMember()
    {
        _deflate?.Dispose();
        _deflate = null;
        if (_inner.CanSeek)
        {
            _inner.Seek(MemberOffset + 1, SeekOrigin.Begin);
            _bufferBase = MemberOffset + 1;
            _position = _end = 0;
            _lastServedStart = _lastServedEnd = 0;
            _innerEnded = false;
        }

        while (true)
        {
            EnsureBuffered(3);
            if (_end - _position < 3)
            {
                _position = _end;
                _finished = true;
                return false;
            }

            var found = _buffer.AsSpan(_position, _end - _position).IndexOf((ReadOnlySpan<byte>)[0x1F, 0x8B, 0x08]);
            if (found >= 0)
            {
                _position += found;
                _memberDone = true;
                _finished = false;
                return true;
            }

            _position = _end - 2;
        }
    }

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
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (!_finished && !_memberDone)
        {
            if (_deflate is null)
            {
                if (!_started)
                {
                    _started = true;
                    if (!HasMoreInput())
                    {
                        // An empty file: nothing to decompress. The caller reports it as empty.
                        _finished = true;
                        return 0;
                    }
                }

                ReadHeader();
                _deflate = new DeflateStream(_feed, CompressionMode.Decompress, leaveOpen: true);
                _crc.Reset();
                _memberLength = 0;
            }

            var n = _deflate.Read(buffer);
            if (n > 0)
            {
                _crc.Append(buffer[..n]);
                _memberLength += n;
                return n;
            }

            _deflate.Dispose();
            _deflate = null;
            CheckTrailer();
            if (_oneMemberAtATime)
            {
                _memberDone = true;
            }
            else if (!StartsAnotherMember())
            {
                // Trailing bytes that are not another member (zero padding, garbage) are ignored, as gzip does.
                _finished = true;
            }
        }

        return 0;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _deflate?.Dispose();
            _feed.Dispose();
            if (!_leaveOpen)
            {
                _inner.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private static InvalidDataException Truncated() =>
        new("the gzip data ends too early: the file is truncated");

    private bool HasMoreInput()
    {
        if (_position < _end)
        {
            return true;
        }

        Refill();
        return _position < _end;
    }

    /// <summary>Reads more input when all buffered bytes are used.</summary>
    private void Refill()
    {
        if (_innerEnded)
        {
            return;
        }

        _bufferBase += _end;
        _position = 0;
        _end = 0;
        _lastServedStart = _lastServedEnd = 0;
        var n = _inner.Read(_buffer, 0, BufferSize);
        if (n == 0)
        {
            _innerEnded = true;
        }

        _end = n;
    }

    private byte NextHeaderByte()
    {
        if (!HasMoreInput())
        {
            throw Truncated();
        }

        return _buffer[_position++];
    }

    private void ReadHeader()
    {
        if (NextHeaderByte() != 0x1F || NextHeaderByte() != 0x8B)
        {
            throw new InvalidDataException("not in gzip format");
        }

        if (NextHeaderByte() != 8)
        {
            throw new InvalidDataException("unknown gzip compression method");
        }

        var flags = NextHeaderByte();
        if ((flags & 0xE0) != 0)
        {
            throw new InvalidDataException("bad gzip header flags");
        }

        for (var i = 0; i < 6; i++)
        {
            NextHeaderByte(); // MTIME, XFL, OS
        }

        if ((flags & 0x04) != 0)
        {
            var extraLength = NextHeaderByte() | (NextHeaderByte() << 8);
            for (var i = 0; i < extraLength; i++)
            {
                NextHeaderByte();
            }
        }

        if ((flags & 0x08) != 0)
        {
            while (NextHeaderByte() != 0)
            {
            }
        }

        if ((flags & 0x10) != 0)
        {
            while (NextHeaderByte() != 0)
            {
            }
        }

        if ((flags & 0x02) != 0)
        {
            NextHeaderByte();
            NextHeaderByte();
        }
    }

    /// <summary>Finds the 8-byte trailer (CRC-32, length mod 2^32) at the first byte the inflater did not use.</summary>
    private void CheckTrailer()
    {
        // Make the last served range and at least 8 bytes after it contiguous at the start of the buffer.
        var servedLength = _lastServedEnd - _lastServedStart;
        var keepFrom = _lastServedStart;
        var kept = _end - keepFrom;
        Buffer.BlockCopy(_buffer, keepFrom, _buffer, 0, kept);
        _bufferBase += keepFrom;
        _position -= keepFrom;
        _end = kept;
        _lastServedStart = 0;
        _lastServedEnd = servedLength;
        while (_end < servedLength + 8 && !_innerEnded)
        {
            var n = _inner.Read(_buffer, _end, BufferSize - _end);
            if (n == 0)
            {
                _innerEnded = true;
            }

            _end += n;
        }

        Span<byte> expected = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(expected, _crc.GetCurrentHashAsUInt32());
        BinaryPrimitives.WriteUInt32LittleEndian(expected[4..], unchecked((uint)_memberLength));
        var window = _buffer.AsSpan(0, _end);
        for (var p = 0; p <= servedLength && p + 8 <= window.Length; p++)
        {
            if (window.Slice(p, 8).SequenceEqual(expected))
            {
                _position = p + 8;
                return;
            }
        }

        throw _end < servedLength + 8
            ? Truncated()
            : new InvalidDataException("the gzip data is truncated or corrupt: its checksum and length do not match the data");
    }

    private bool StartsAnotherMember()
    {
        EnsureBuffered(2);
        return _end - _position >= 2 && _buffer[_position] == 0x1F && _buffer[_position + 1] == 0x8B;
    }

    /// <summary>Moves the unread bytes to the start of the buffer and reads until <paramref name="count"/> are there or the input ends.</summary>
    private void EnsureBuffered(int count)
    {
        if (_end - _position >= count || _innerEnded)
        {
            return;
        }

        var kept = _end - _position;
        Buffer.BlockCopy(_buffer, _position, _buffer, 0, kept);
        _bufferBase += _position;
        _position = 0;
        _end = kept;
        _lastServedStart = _lastServedEnd = 0;
        while (_end < count && !_innerEnded)
        {
            var n = _inner.Read(_buffer, _end, BufferSize - _end);
            if (n == 0)
            {
                _innerEnded = true;
            }

            _end += n;
        }
    }

    /// <summary>Serves the gzip reader's buffered input to the inflater, remembering what it served last.</summary>
    private sealed class FeedStream(GzipReader owner) : Stream
    {
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
            if (!owner.HasMoreInput())
            {
                // The inflater wants more and there is none: the member is cut short.
                throw Truncated();
            }

            var n = Math.Min(Math.Min(buffer.Length, owner._end - owner._position), MaxServe);
            owner._buffer.AsSpan(owner._position, n).CopyTo(buffer);
            owner._lastServedStart = owner._position;
            owner._position += n;
            owner._lastServedEnd = owner._position;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
