package com.meike.privacy.incidents.application;

/** An attachment's content, opened for a handler of its complaint. */
public record AttachmentDownload(String id, String name, String contentType, byte[] content) {}
