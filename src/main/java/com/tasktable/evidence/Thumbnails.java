package com.tasktable.evidence;

import java.awt.Color;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Small JPEG previews of images, made once at upload. */
final class Thumbnails {

	private static final Logger log = LoggerFactory.getLogger(Thumbnails.class);

	private static final int THUMBNAIL_SIZE = 240;

	/** Larger pictures are not decoded at all: their pixels alone could fill the heap. */
	private static final long MAX_DECODED_PIXELS = 40_000_000L;

	private Thumbnails() {
	}

	/**
	 * A JPEG at most 240 pixels wide and high, or null when the image cannot (or should
	 * not) be decoded.
	 * @param key the file's key, for the log
	 */
	static byte[] jpeg(String key, byte[] content) {
		try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			var readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return null;
			}
			var reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_DECODED_PIXELS) {
					return null;
				}
				var image = reader.read(0);
				double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
				int width = Math.max(1, (int) (image.getWidth() * scale));
				int height = Math.max(1, (int) (image.getHeight() * scale));
				var thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
				var graphics = thumbnail.createGraphics();
				graphics.setColor(Color.WHITE);
				graphics.fillRect(0, 0, width, height);
				graphics.drawImage(image.getScaledInstance(width, height, Image.SCALE_SMOOTH), 0, 0, null);
				graphics.dispose();
				var jpeg = new ByteArrayOutputStream();
				ImageIO.write(thumbnail, "jpeg", jpeg);
				return jpeg.toByteArray();
			}
			catch (IOException | RuntimeException ex) {
				log.info("No thumbnail for evidence {}: {}", key, ex.getMessage());
				return null;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read evidence", ex);
		}
	}

}
