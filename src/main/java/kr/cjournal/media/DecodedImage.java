package kr.cjournal.media;

import java.awt.image.BufferedImage;

/**
 * An upload that passed every check, with its pixels.
 *
 * @param format what the bytes are
 * @param pixels the first frame as stored, possibly read at a fraction of its size when that is
 * still far more than the widest variant needs
 * @param orientation how the pixels must be turned to stand upright
 * @param width the upright picture's width at full size
 * @param height the upright picture's height at full size
 */
record DecodedImage(ImageFormat format, BufferedImage pixels, Orientation orientation, int width, int height) {
}
