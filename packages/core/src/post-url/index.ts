export {
  type ParsedPostUrl,
  POST_URL_PLATFORMS,
  type PostUrlFormat,
  type PostUrlPlatform,
  type PostUrlResult,
  parsePostUrl,
  readPostUrl,
} from './parse-post-url';
