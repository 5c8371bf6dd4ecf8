package com.meike.privacy.recording.infrastructure.storage;

import com.meike.privacy.recording.domain.audio.AudioTamperedException;
import com.meike.privacy.recording.domain.audio.RecordingHeader;
import com.meike.privacy.recording.domain.audio.RecordingStore;
import com.meike.privacy.recording.domain.audio.WrappedKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link RecordingStore} on a directory: one folder per recording with {@code key} (the header:
 * wrapped data key, nonce prefix, segment size) and {@code audio} (sealed segments back to back, so
 * segment {@code i} starts at {@code i × sealed segment size}). Only ciphertext and wrapped keys
 * are written — no temporary files — and each call is forced to the device (file and folder) before
 * it returns: an append once for all its segments (one uploaded chunk), {@link #destroyAll} once
 * for the whole batch. Files are readable by the server's user only where the file system supports
 * POSIX permissions.
 */
public final class FileSystemRecordingStore implements RecordingStore {

  private static final int MAGIC = 0x4D4B5241; // "MKRA"
  private static final int FORMAT = 1;
  private static final String KEY = "key";
  private static final String AUDIO = "audio";

  /** The store's own list of destroyed key epochs (DSR-8). */
  static final String DESTROYED_EPOCHS = "key-epochs.destroyed";

  private final Path root;

  public FileSystemRecordingStore(Path root) {
    this.root = root;
  }

  @Override
  public void create(RecordingHeader header) {
    Path folder = folder(header.recordingId());
    try {
      Files.createDirectories(root);
      Files.createDirectory(folder);
      restrict(folder, "rwx------");
      writeNew(folder.resolve(KEY), encode(header));
      writeNew(folder.resolve(AUDIO), new byte[0]);
      forceDirectory(folder);
      forceDirectory(root);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException("the recording already exists");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the recording", e);
    }
  }

  /**
   * Writes the new header beside the old one ({@code key.new}, forced), then moves it over {@code
   * key} atomically and forces the folder: a crash leaves either the old or the new wrapping, never
   * neither. A {@code key.new} left by a crash is overwritten by the next re-wrap.
   */
  @Override
  public void replaceKey(String recordingId, WrappedKey wrappedKey) {
    RecordingHeader old =
        header(recordingId).orElseThrow(() -> new IllegalStateException("no such recording"));
    RecordingHeader header =
        new RecordingHeader(recordingId, wrappedKey, old.noncePrefix(), old.segmentSize());
    Path folder = folder(recordingId);
    Path next = folder.resolve(KEY + ".new");
    try {
      Files.deleteIfExists(next);
      writeNew(next, encode(header));
      Files.move(
          next,
          folder.resolve(KEY),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      forceDirectory(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace the recording's key", e);
    }
  }

  @Override
  public Optional<RecordingHeader> header(String recordingId) {
    try {
      return Optional.of(decode(recordingId, Files.readAllBytes(folder(recordingId).resolve(KEY))));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the recording's key", e);
    }
  }

  @Override
  public void append(String recordingId, long firstIndex, List<byte[]> sealedSegments) {
    RecordingHeader header =
        header(recordingId).orElseThrow(() -> new IllegalStateException("no such recording"));
    long sealedSize = header.sealedSegmentSize();
    ByteBuffer[] buffers = new ByteBuffer[sealedSegments.size()];
    for (int i = 0; i < buffers.length; i++) {
      byte[] segment = sealedSegments.get(i);
      if (segment.length > sealedSize || (i < buffers.length - 1 && segment.length != sealedSize)) {
        throw new IllegalArgumentException(
            "a sealed segment is at most "
                + sealedSize
                + " bytes, and only the last may be shorter");
      }
      buffers[i] = ByteBuffer.wrap(segment);
    }
    // one open, one gathering write and one force for all segments of the call (an uploaded chunk)
    try (FileChannel channel =
        FileChannel.open(folder(recordingId).resolve(AUDIO), StandardOpenOption.WRITE)) {
      long size = channel.size();
      if (size % sealedSize != 0) {
        throw new IllegalStateException("the recording ended with a short segment");
      }
      if (size / sealedSize != firstIndex) {
        throw new IllegalStateException(
            "segment " + firstIndex + " is not the next; expected " + size / sealedSize);
      }
      channel.position(size);
      long remaining = 0;
      for (ByteBuffer buffer : buffers) {
        remaining += buffer.remaining();
      }
      while (remaining > 0) {
        remaining -= channel.write(buffers);
      }
      channel.force(true);
    } catch (NoSuchFileException e) {
      throw new IllegalStateException("no such recording");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the segments", e);
    }
  }

  @Override
  public void truncate(String recordingId, long segments) {
    RecordingHeader header =
        header(recordingId).orElseThrow(() -> new IllegalStateException("no such recording"));
    try (FileChannel channel =
        FileChannel.open(folder(recordingId).resolve(AUDIO), StandardOpenOption.WRITE)) {
      long keep = segments * header.sealedSegmentSize();
      if (channel.size() > keep) {
        channel.truncate(keep);
        channel.force(true);
      }
    } catch (NoSuchFileException e) {
      throw new IllegalStateException("no such recording");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot cut the recording back", e);
    }
  }

  @Override
  public long sealedLength(String recordingId) {
    try {
      return Files.size(folder(recordingId).resolve(AUDIO));
    } catch (NoSuchFileException e) {
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the recording", e);
    }
  }

  @Override
  public Optional<byte[]> read(String recordingId, long index) {
    Optional<RecordingHeader> header = header(recordingId);
    if (header.isEmpty() || index < 0) {
      return Optional.empty();
    }
    long sealedSize = header.get().sealedSegmentSize();
    try (FileChannel channel =
        FileChannel.open(folder(recordingId).resolve(AUDIO), StandardOpenOption.READ)) {
      long start = index * sealedSize;
      if (start >= channel.size()) {
        return Optional.empty();
      }
      ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(sealedSize, channel.size() - start));
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, start + buffer.position()) < 0) {
          break;
        }
      }
      return Optional.of(buffer.array());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the segment", e);
    }
  }

  @Override
  public void destroy(String recordingId) {
    destroyAll(List.of(recordingId));
  }

  /**
   * Removes every key of the batch first, then the audio and the folders, and forces the root once
   * for the whole batch (instead of two folders per recording): once the root is forced the folders
   * are gone for good, keys with them. A crash before that leaves the destruction unrecorded, so it
   * is done again; an error removing audio comes after every key of the batch is gone.
   */
  @Override
  public void destroyAll(Collection<String> recordingIds) {
    List<Path> folders = recordingIds.stream().map(this::folder).toList();
    try {
      // Every key first: should removing some audio fail, no audio of the batch can be decrypted.
      for (Path folder : folders) {
        Files.deleteIfExists(folder.resolve(KEY));
        Files.deleteIfExists(folder.resolve(KEY + ".new"));
      }
      for (Path folder : folders) {
        Files.deleteIfExists(folder.resolve(AUDIO));
        Files.deleteIfExists(folder);
      }
      if (Files.isDirectory(root)) {
        forceDirectory(root);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot destroy the recording", e);
    }
  }

  /**
   * One line per epoch in {@value #DESTROYED_EPOCHS} at the store's root (a name no recording id
   * can have), appended and forced: the store keeps the list when the database is restored.
   */
  @Override
  public void noteDestroyedEpochs(Collection<String> epochIds) {
    // starts on a line of its own: a write a crash cut short leaves a partial line, never a joined
    // one
    StringBuilder lines = new StringBuilder("\n");
    for (String id : epochIds) {
      if (id == null || !id.matches("[A-Za-z0-9_-]{1,64}")) {
        throw new IllegalArgumentException("an epoch id is 1 to 64 letters, digits, '_' or '-'");
      }
      lines.append(id).append('\n');
    }
    try {
      Files.createDirectories(root);
      Path file = root.resolve(DESTROYED_EPOCHS);
      boolean created = !Files.exists(file);
      try (FileChannel channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        if (created) {
          restrict(file, "rw-------");
        }
        ByteBuffer buffer = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.US_ASCII));
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      if (created) {
        forceDirectory(root);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Set<String> destroyedEpochs() {
    try {
      Path file = root.resolve(DESTROYED_EPOCHS);
      if (!Files.exists(file)) {
        return Set.of();
      }
      Set<String> ids = new TreeSet<>();
      for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
        // a line cut short by a crash is not a whole id: it names no epoch
        if (line.matches("[A-Za-z0-9_-]{1,64}")) {
          ids.add(line);
        }
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path folder(String recordingId) {
    if (recordingId == null || !recordingId.matches("[A-Za-z0-9_-]{1,64}")) {
      throw new IllegalArgumentException("a recording id is 1 to 64 letters, digits, '_' or '-'");
    }
    return root.resolve(recordingId);
  }

  private static void writeNew(Path file, byte[] content) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      restrict(file, "rw-------");
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  private static void restrict(Path path, String permissions) throws IOException {
    if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }
  }

  /** Makes a folder's entries (new or deleted files) durable; not all platforms allow it. */
  private static void forceDirectory(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Platforms without directory sync (e.g. Windows) rely on the file system's own journal.
    }
  }

  private static byte[] encode(RecordingHeader header) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeUTF(header.recordingId());
      out.writeInt(header.segmentSize());
      out.write(header.noncePrefix());
      out.writeUTF(header.wrappedKey().keyId());
      byte[] wrapped = header.wrappedKey().bytes();
      out.writeInt(wrapped.length);
      out.write(wrapped);
    }
    return bytes.toByteArray();
  }

  private static RecordingHeader decode(String recordingId, byte[] data) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
        throw new AudioTamperedException("the recording's key file has an unknown format");
      }
      String id = in.readUTF();
      if (!id.equals(recordingId)) {
        throw new AudioTamperedException("the key file belongs to another recording");
      }
      int segmentSize = in.readInt();
      byte[] prefix = in.readNBytes(7);
      String keyId = in.readUTF();
      int length = in.readInt();
      if (length < 0 || length > 1024) {
        throw new AudioTamperedException("the recording's key file is damaged");
      }
      byte[] wrapped = in.readNBytes(length);
      if (wrapped.length != length || in.read() != -1) {
        throw new AudioTamperedException("the recording's key file is damaged");
      }
      return new RecordingHeader(id, new WrappedKey(keyId, wrapped), prefix, segmentSize);
    } catch (IOException | IllegalArgumentException e) {
      throw new AudioTamperedException("the recording's key file is damaged");
    }
  }
}
