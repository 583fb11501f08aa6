/**
 * Evidence files: what an upload may be (count, size, and a type recognised by its
 * content, {@link com.tasktable.evidence.FileType}), and where the accepted files are
 * kept ({@link com.tasktable.evidence.EvidenceStorage}, chosen by
 * {@code app.evidence.storage}: a directory, or an S3-compatible bucket through the AWS
 * SDK). Files are named by keys the server makes up, never by anything a client sent.
 * {@link com.tasktable.evidence.EvidenceFiles} is the module's facade. Which record a
 * file proves, and who may read it, is the records module's: it keeps the attachment rows
 * and asks this module for the bytes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform" })
package com.tasktable.evidence;
