"""minutes_desk: proofread, structure and sign off OCR'd Swedish meeting minutes."""

__version__ = "0.1.0"
