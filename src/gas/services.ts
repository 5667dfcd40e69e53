import type { DocumentsPort, MailerPort, OutgoingMail, StorePort } from "../ports";

/**
 * Reports as PDF files in Drive. The HTML is converted by Apps Script's blob conversion, so the
 * PDF is the same document the command line writes. The id of each period's file is kept in
 * document properties: re-running a report moves the old file to the trash first. Only files
 * this script created are touched (drive.file scope).
 */
export class DriveDocuments implements DocumentsPort {
  constructor(private readonly store: StorePort) {}

  savePdf(name: string, html: string, key: string): { id: string; url: string } {
    const previous = this.store.get(key);
    if (previous) {
      try {
        DriveApp.getFileById(previous).setTrashed(true);
      } catch (error) {
        console.warn(`previous report ${previous} not found`, error);
      }
    }
    const pdf = Utilities.newBlob(html, "text/html", `${name}.html`).getAs("application/pdf").setName(`${name}.pdf`);
    const file = DriveApp.createFile(pdf);
    this.store.set(key, file.getId());
    return { id: file.getId(), url: file.getUrl() };
  }
}

/** MailApp: the daily quota, and one send per message (up to 50 recipients). */
export class MailAppMailer implements MailerPort {
  remaining(): number {
    return MailApp.getRemainingDailyQuota();
  }

  send(mail: OutgoingMail): void {
    const attachments = mail.pdf
      ? [Utilities.newBlob(mail.pdf.html, "text/html", `${mail.pdf.name}.html`).getAs("application/pdf").setName(`${mail.pdf.name}.pdf`)]
      : undefined;
    MailApp.sendEmail({ to: mail.to.join(","), subject: mail.subject, body: mail.body, htmlBody: mail.htmlBody, attachments, name: "Kế hoạch CCHC" });
  }
}
