import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Injectable } from '@nestjs/common';
import { AppConfig, RequestContext } from '@waymark/api/common';
import { DocumentStore } from './document-store';

/**
 * For large deployments (DOCUMENT_STORE=s3): objects in an S3-compatible bucket (MinIO, AWS
 * S3), under `<agency id>/<key>`. A put is outside the database transaction, so the upload
 * deletes what it put when its transaction fails.
 */
@Injectable()
export class S3DocumentStore extends DocumentStore {
  readonly transactional = false;
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(
    config: AppConfig,
    private readonly context: RequestContext,
  ) {
    super();
    this.bucket = config.S3_BUCKET ?? '';
    this.client = new S3Client({
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      // MinIO and most self-hosted stores address buckets by path, not by subdomain.
      forcePathStyle: !!config.S3_ENDPOINT,
      credentials:
        config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
          : undefined,
    });
  }

  private objectKey(key: string): string {
    return `${this.context.agencyId}/${key}`;
  }

  async put(key: string, content: Buffer, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key), Body: content, ContentType: contentType }));
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }
}
