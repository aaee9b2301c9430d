package io.custodian.desktop.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;

/** Writes a JavaFX {@link Image} as an 8-bit RGBA PNG, without javafx-swing or AWT. */
public final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Png() {
    }

    public static Path write(Image image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        PixelReader reader = image.getPixelReader();
        byte[] bgra = new byte[width * height * 4];
        reader.getPixels(0, 0, width, height, PixelFormat.getByteBgraInstance(), bgra, 0, width * 4);

        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[1 + width * 4]; // filter byte 0 ("none") + RGBA pixels
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int i = (y * width + x) * 4;
                    int o = 1 + x * 4;
                    row[o] = bgra[i + 2];
                    row[o + 1] = bgra[i + 1];
                    row[o + 2] = bgra[i];
                    row[o + 3] = bgra[i + 3];
                }
                deflate.write(row);
            }
        }

        ByteArrayOutputStream header = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(header)) {
            out.writeInt(width);
            out.writeInt(height);
            out.writeByte(8); // bit depth
            out.writeByte(6); // colour type RGBA
            out.writeByte(0); // deflate
            out.writeByte(0); // adaptive filtering
            out.writeByte(0); // no interlace
        }

        Files.createDirectories(file.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.write(SIGNATURE);
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", raw.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
        return file;
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
